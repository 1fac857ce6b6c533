import { useState } from 'preact/hooks';
import { send } from '../shared/messages';

/** When the page shows no Mandant: the admin names it, and the checklist is kept under that name. */
export function NameTenant({ origin }: { origin: string }) {
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  async function submit(event: Event) {
    event.preventDefault();
    const reply = await send({ type: 'tenant/name', origin, tenant: name });
    setError(reply.ok ? '' : reply.error);
  }
  return (
    <form class="name-tenant" onSubmit={submit} noValidate>
      <label for="tenant-name">Ihr Mandant</label>{' '}
      <input id="tenant-name" type="text" value={name} aria-describedby="tenant-name-error"
        aria-invalid={error ? 'true' : undefined} onInput={(e) => setName((e.target as HTMLInputElement).value)} />{' '}
      <button type="submit">Mandanten übernehmen</button>
      <p id="tenant-name-error" class="error" role="alert">{error}</p>
    </form>
  );
}
