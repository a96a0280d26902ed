/** What starts a planner, shows the plan, ticks a step or stops reminders — and what does not. */
import { describe, expect, it } from 'vitest';
import { commandOf } from '../../src/conversation/commands';
import { planRequestOf, remindersOffRequested, stepDoneOf } from '../../src/plans/planIntents';

describe('plan intents', () => {
  it.each([
    ['Kannst du mir einen Plan für die Gründung in Tokio machen?', 'company'],
    ['手続きのチェックリストを作って', undefined],
    ['make us a checklist for moving to Düsseldorf', 'moving'],
    ['Can you give me a step-by-step guide for setting up a company in NRW?', 'company'],
    ['デュッセルドルフへの引っ越しのチェックリストを作ってください', 'moving'],
    ['東京で会社設立のプランを作って', 'company'],
    ['Erstelle mir bitte eine Checkliste für den Umzug nach Köln', 'moving'],
    ['Fais-moi une checklist pour créer une KK à Tsu', 'company'],
    ['checklist for our GK please', 'company'],
    ['Checkliste für eine UG?', 'company'],
  ])('"%s" starts the %s planner', (text, kind) => {
    expect(planRequestOf(text)).toEqual({ kind });
  });

  it.each([
    'What goes into a business plan for the Business Manager visa?',
    'Do I need a plan for health insurance?',
    'Welcher Handytarif ist gut?',
    'How do I register my address in Düsseldorf?',
    '事業計画書は必要ですか？',
  ])('"%s" is a question, not a plan request', (text) => {
    expect(planRequestOf(text)).toBeUndefined();
  });

  it.each(['my plan', 'show my plan', 'Mein Plan', 'Zeig mir meinen Plan', '私のプラン', 'マイプラン'])('"%s" shows the plan', (text) => {
    expect(commandOf(text)).toBe('my-plan');
  });

  it.each(['my plan is to open a GmbH in Köln', 'Mein Plan ist eine GmbH'])('"%s" is not the my-plan command', (text) => {
    expect(commandOf(text)).toBeUndefined();
  });

  it.each([
    ['step 3 done', 3], ['3 done', 3], ['mark step 12 as done', 12], ['3 erledigt', 3], ['Schritt 2 ist erledigt', 2], ['3番完了', 3], ['ステップ4完了', 4],
  ])('"%s" ticks step %d', (text, number) => {
    expect(stepDoneOf(text)).toBe(number);
  });

  it.each(['3 March', 'I am done', 'done'])('"%s" ticks nothing', (text) => {
    expect(stepDoneOf(text)).toBeUndefined();
  });

  it.each(['reminders off', 'stop reminders', 'Erinnerungen aus', 'keine Erinnerungen mehr', 'リマインダー停止', 'リマインダーを止めて'])('"%s" stops reminders', (text) => {
    expect(remindersOffRequested(text)).toBe(true);
  });
});
