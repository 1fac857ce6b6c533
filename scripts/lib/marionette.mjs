// A minimal Marionette client (Firefox's own remote protocol: TCP, "length:json" packets), no dependencies.
import net from 'node:net';

/** Connects to Marionette on `port`; `send(name, params)` resolves with the command's result. */
export async function connectMarionette(port) {
  const socket = net.connect(port, '127.0.0.1');
  const pending = new Map();
  let buffer = Buffer.alloc(0);
  let nextId = 0;
  let onHello;
  const hello = new Promise((resolve, reject) => {
    onHello = resolve;
    socket.once('error', reject);
  });
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (let colon = buffer.indexOf(':'); colon > 0; colon = buffer.indexOf(':')) {
      const end = colon + 1 + Number(buffer.subarray(0, colon));
      if (buffer.length < end) return;
      const packet = JSON.parse(buffer.subarray(colon + 1, end).toString());
      buffer = buffer.subarray(end);
      // Responses are [1, id, error, result]; the first packet is the server's hello.
      if (!Array.isArray(packet)) onHello(packet);
      else settle(packet[1], packet[2], packet[3]);
    }
  });
  socket.on('close', () => pending.forEach((p) => p.reject(new Error('Marionette: Verbindung zu Firefox beendet'))));
  const settle = (id, error, result) => {
    const p = pending.get(id);
    pending.delete(id);
    if (error) p?.reject(new Error(`Marionette: ${error.error}: ${error.message}`));
    else p?.resolve(result);
  };
  await hello;
  return {
    send(name, params = {}) {
      const id = ++nextId;
      const body = JSON.stringify([0, id, name, params]);
      socket.write(`${Buffer.byteLength(body)}:${body}`);
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    },
    close: () => socket.destroy(),
  };
}
