import { describe, expect, it } from 'vitest';
import { MemoryStorage, TestAdapter, TurnContext, type StoreItems } from 'botbuilder';
import { LeanConversationState, LeanUserState } from '../../src/state/leanBotState';

/** The real MemoryStorage, with its writes counted. */
function countedStorage() {
  const storage = new MemoryStorage();
  const writes: StoreItems[] = [];
  const write = storage.write.bind(storage);
  storage.write = (changes: StoreItems) => {
    writes.push(JSON.parse(JSON.stringify(changes)) as StoreItems);
    return write(changes);
  };
  return { storage, writes };
}

const turn = () => new TurnContext(new TestAdapter(), { type: 'message', channelId: 'test', text: 'hi', from: { id: 'user-1' }, recipient: { id: 'bot' }, conversation: { id: 'conv-1' } } as never);

describe('LeanConversationState / LeanUserState', () => {
  it('writes a changed state, keeps it for the next turn, and does not write an unchanged one', async () => {
    const { storage, writes } = countedStorage();
    const state = new LeanConversationState(storage);
    const count = state.createProperty<number>('count');

    const first = turn();
    await state.load(first);
    await count.set(first, 1);
    await state.saveChanges(first);
    expect(writes).toHaveLength(1);

    const second = turn();
    await state.load(second);
    expect(await count.get(second)).toBe(1);
    await state.saveChanges(second);
    expect(writes).toHaveLength(1);

    await count.set(second, 2);
    await state.saveChanges(second);
    await state.saveChanges(second);
    expect(writes).toHaveLength(2);
    expect(Object.values(writes[1]!)[0]).toMatchObject({ count: 2 });
  });

  it('writes when forced, also when nothing changed', async () => {
    const { storage, writes } = countedStorage();
    const state = new LeanUserState(storage);
    const context = turn();
    await state.load(context);
    await state.saveChanges(context, true);
    expect(writes).toHaveLength(1);
  });

  it('reads storage once per turn unless forced, and sees a change made to a nested object', async () => {
    const { storage, writes } = countedStorage();
    const state = new LeanUserState(storage);
    const profile = state.createProperty<{ names: string[] }>('profile');
    const context = turn();
    const a = await state.load(context);
    expect(await state.load(context)).toBe(a);
    (await profile.get(context, { names: [] }))!.names.push('Aiko');
    await state.saveChanges(context);
    expect(writes).toHaveLength(1);
    const next = turn();
    expect((await profile.get(next))?.names).toEqual(['Aiko']);
  });
});
