/** Slack's Block Kit limits, checked on a built message by the tests of every message builder. */
import { expect } from 'vitest';
import type { SlackMessage } from '../../../src/bots/slack/blocks.js';
import { blockTexts } from './harness.js';

export interface Element {
  readonly type: string;
  readonly action_id?: string;
  readonly value?: string;
  readonly text?: { readonly text: string };
}

export function elementsOf(message: SlackMessage): Element[] {
  return message.blocks.flatMap((block) => ('elements' in block ? (block.elements as Element[]) : []));
}

export function buttons(message: SlackMessage): Element[] {
  return elementsOf(message).filter((element) => element.type === 'button');
}

/**
 * Slack's own limits, written out here rather than taken from the module, so that a wrong constant
 * in blocks.ts fails these tests (api.slack.com/reference/block-kit; the total is where Slack
 * starts answering msg_blocks_too_long, about 11–13 k characters).
 */
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  contextText: 3000,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2000,
  fallbackText: 40_000,
  totalBlockText: 11_000,
} as const;

/** Every Block Kit limit we rely on, checked on a built message. */
export function expectWithinLimits(message: SlackMessage): void {
  expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
  for (const block of message.blocks) {
    if (block.type === 'section') expect(block.text?.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    if (block.type === 'context') {
      expect(block.elements.length).toBeLessThanOrEqual(LIMITS.contextElements);
      for (const element of block.elements)
        if ('text' in element && typeof element.text === 'string') expect(element.text.length).toBeLessThanOrEqual(LIMITS.contextText);
    }
  }
  for (const button of buttons(message)) {
    expect(button.value!.length).toBeLessThanOrEqual(LIMITS.buttonValue);
    expect(button.text!.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
  }
  expect(blockTexts(message.blocks).join('').length).toBeLessThanOrEqual(LIMITS.totalBlockText);
  expect(message.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
  // No half-cut entity anywhere.
  for (const text of [message.text, ...blockTexts(message.blocks)]) expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/);
}
