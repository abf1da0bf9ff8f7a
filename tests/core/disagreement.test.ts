import { describe, expect, it } from 'vitest';
import { disagreement } from '../../src/core/disagreement.js';

const said = (answer: string, status = '', remarks = '') => ({ status, answer, remarks });

describe('disagreement between two answers', () => {
  it('finds ○ against ×', () => {
    expect(disagreement(said('対応しています。', '○'), said('対応していません。', '×'))).toEqual({
      kind: 'status',
      reason: '回答状況が異なります: ○ / × (status differs)',
    });
  });

  it('does not count ○ against △, − or no status as a conflict', () => {
    for (const other of ['△', '−', '']) expect(disagreement(said('対応しています。', '○'), said('対応しています。', other))).toBeNull();
  });

  it('finds figures of the same unit that differ: 保存期間 3年 vs 1年', () => {
    expect(disagreement(said('アクセスログは3年間保存しています。'), said('ログの保存期間は1年です。'))).toEqual({
      kind: 'figure',
      reason: '記載の数値が異なります: 3年間 / 1年 (stated figures differ)',
    });
  });

  it('counts 3年 and 3年間 as the same figure, and figures of different units as no conflict', () => {
    expect(disagreement(said('3年間保存しています。'), said('保存期間は3年です。'))).toBeNull();
    expect(disagreement(said('3年保存します。'), said('30日保存します。'))).toBeNull();
  });

  it('reads frequencies (年1回) apart from durations, and compares them', () => {
    expect(disagreement(said('年1回実施しています。'), said('年2回実施しています。'))?.reason).toBe(
      '記載の数値が異なります: 年1回 / 年2回 (stated figures differ)',
    );
    expect(disagreement(said('年1回、1年分を見直します。'), said('1年ごとに見直します。'))).toBeNull();
  });

  it('does not take dates (2023年, 令和3年, 4月1日) for durations', () => {
    expect(disagreement(said('2023年に取得しました。'), said('2019年に取得しました。'))).toBeNull();
    expect(disagreement(said('令和3年に改訂しました。'), said('令和5年に改訂しました。'))).toBeNull();
    expect(disagreement(said('毎年4月1日に見直します。'), said('毎年4月10日に見直します。'))).toBeNull();
  });

  it('finds different TLS versions, and agrees when one version is shared', () => {
    expect(disagreement(said('通信はTLS1.2で暗号化しています。'), said('TLS 1.0に対応しています。'))).toEqual({
      kind: 'protocol',
      reason: '記載のプロトコルが異なります: TLS 1.2 / TLS 1.0 (protocol versions differ)',
    });
    expect(
      disagreement(said('SSL/TLS通信(TLS1.2およびTLS1.3)により暗号化しております。'), said('TLS 1.2以上のみ許可しています。')),
    ).toBeNull();
  });

  it('finds different certifications, but not a mention of ISMS rules', () => {
    expect(disagreement(said('ISO/IEC 27001認証を取得しています。'), said('プライバシーマークを取得しています。'))?.kind).toBe(
      'certification',
    );
    expect(disagreement(said('ISMS認証を取得しています。'), said('ISO27001の認証を取得済みです。'))).toBeNull();
    expect(disagreement(said('ISMS規程に則り管理しています。'), said('プライバシーマークを取得しています。'))).toBeNull();
    expect(disagreement(said('SOC1/2/3等の第三者認証を取得した基盤です。'), said('SOC2 Type2報告書を取得しています。'))).toBeNull();
  });

  it('reads the remarks too', () => {
    expect(disagreement(said('保存しています。', '', '保存期間: 5年'), said('保存しています。', '', '保存期間: 7年'))?.kind).toBe('figure');
  });
});
