import { describe, it, expect } from 'vitest';
import { createQueue } from '../../background/serial';

describe('createQueue', () => {
  it('runs jobs one after another even when they await', async () => {
    const enqueue = createQueue();
    const log: string[] = [];
    const job = (name: string, ms: number) => () => new Promise<void>((r) => setTimeout(() => { log.push(name); r(); }, ms));
    await Promise.all([enqueue(job('a', 20)), enqueue(job('b', 0)), enqueue(job('c', 5))]);
    expect(log).toEqual(['a', 'b', 'c']);
  });
  it('keeps going after a failed job', async () => {
    const enqueue = createQueue();
    await expect(enqueue(async () => { throw new Error('kaputt'); })).rejects.toThrow('kaputt');
    await expect(enqueue(async () => 'weiter')).resolves.toBe('weiter');
  });
});
