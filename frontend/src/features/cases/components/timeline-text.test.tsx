import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/i18n/i18n';
import { useTimelineText } from './timeline-text';

function wordsIn(language: 'vi' | 'en') {
  const i18n = createI18n(undefined);
  void i18n.changeLanguage(language);
  const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
  return renderHook(() => useTimelineText(), { wrapper }).result.current;
}

describe('timeline wording', () => {
  it('words each entry from its codes in Vietnamese', () => {
    const text = wordsIn('vi');
    expect(text({ type: 'INTAKE_RECEIVED', params: { channel: 'BORDER_GUARD_HANDOVER', category: 'PRESUMED_VICTIM' } })).toBe(
      'Kênh tiếp nhận: Bộ đội Biên phòng bàn giao; phân loại: Người đang trong quá trình xác định là nạn nhân',
    );
    expect(text({ type: 'IDENTIFIED', params: { documentNumber: '12/QĐ-CA' } })).toBe(
      'Được xác định là nạn nhân theo quyết định số 12/QĐ-CA',
    );
    expect(text({ type: 'IDENTIFIED', params: {} })).toBe('Được xác định là nạn nhân');
    expect(text({ type: 'CONSENT_RECORDED', params: { purpose: 'SHARE_WITH_ORGANIZATION', fieldGroups: 'IDENTITY,CONTACT' } })).toMatch(
      /: .+, .+$/,
    );
    expect(text({ type: 'CLOSED', params: { note: 'Gia đình đã đón về' } })).toBe('Đã đóng hồ sơ — Gia đình đã đón về');
    expect(text({ type: 'SUPPORT_DELIVERED', params: { support: 'TRAVEL', amountVnd: '200000', override: 'true' } })).toMatch(
      /200\.000.*₫ \(vượt quyền hưởng/,
    );
  });

  it('words the same entry in English', () => {
    const text = wordsIn('en');
    expect(text({ type: 'HANDED_OVER', params: { receiver: 'FAMILY' } })).toMatch(/^Handed over to: /);
    expect(text({ type: 'FOLLOW_UP_VISIT', params: { score: '4', nextVisitDue: '2026-04-01' } })).toBe('Visited; reintegration 4/5');
  });

  it("falls back to the server's summary for an entry it does not know, and shows unknown codes as they are", () => {
    const text = wordsIn('vi');
    expect(text({ type: 'SOMETHING_NEW', params: {}, summary: 'Something new happened' })).toBe('Something new happened');
    expect(text({ type: 'HANDED_OVER', params: { receiver: 'SPACESHIP' } })).toBe('Bàn giao cho: SPACESHIP');
  });
});
