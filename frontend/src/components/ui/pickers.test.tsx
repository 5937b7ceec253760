import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/i18n/i18n';
import { COUNTRY_CODES } from '@/lib/iso-codes';
import { CountryField } from './country-field';
import { LanguagesField } from './languages-field';

function Country({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <CountryField id="country" label="Quốc tịch" value={value} onChange={setValue} />
      <output>{value}</output>
    </>
  );
}

function Languages({ initial = [] as string[] }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <LanguagesField id="languages" label="Ngôn ngữ" value={value} onChange={setValue} />
      <output>{value.join(',')}</output>
    </>
  );
}

function renderIn(ui: React.ReactElement) {
  return { user: userEvent.setup(), ...render(<I18nextProvider i18n={createI18n()}>{ui}</I18nextProvider>) };
}

describe('the country picker', () => {
  it('offers countries by their Vietnamese names, the usual ones first, and keeps the ISO code', async () => {
    const { user } = renderIn(<Country />);
    const select = screen.getByRole('combobox', { name: 'Quốc tịch' });
    const groups = within(select).getAllByRole('group');
    expect(within(groups[0]!).getAllByRole('option').map((o) => o.textContent).slice(0, 4)).toEqual(['Việt Nam', 'Trung Quốc', 'Campuchia', 'Lào']);
    // Every country of the list, by name, in Vietnamese alphabetical order.
    const all = within(groups[1]!).getAllByRole('option').map((o) => o.textContent ?? '');
    expect(all).toHaveLength(COUNTRY_CODES.length);
    expect(all).toEqual([...all].sort(new Intl.Collator('vi').compare));
    expect(all.some((name) => /^[A-Z]{2}$/.test(name))).toBe(false);
    await user.selectOptions(select, within(groups[1]!).getByRole('option', { name: 'Thái Lan' }));
    expect(document.querySelector('output')!.textContent).toBe('TH');
  });

  it('shows a stored code by its name', () => {
    renderIn(<Country initial="KR" />);
    expect((screen.getByRole('combobox', { name: 'Quốc tịch' }) as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Hàn Quốc');
  });
});

describe('the language picker', () => {
  it('adds languages by name and removes them, keeping ISO 639 codes', async () => {
    const { user } = renderIn(<Languages initial={['vi']} />);
    expect(screen.getByRole('list', { name: 'Ngôn ngữ đã chọn' })).toHaveTextContent('Tiếng Việt');
    const add = screen.getByRole('combobox', { name: 'Thêm ngôn ngữ…' });
    // A language already chosen is not offered again.
    expect(within(add).queryByRole('option', { name: 'Tiếng Việt' })).not.toBeInTheDocument();
    await user.selectOptions(add, within(within(add).getAllByRole('group')[0]!).getByRole('option', { name: 'Tiếng H’Mông' }));
    expect(document.querySelector('output')!.textContent).toBe('vi,hmn');
    await user.click(screen.getByRole('button', { name: 'Bỏ Tiếng Việt' }));
    expect(document.querySelector('output')!.textContent).toBe('hmn');
  });
});
