import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/i18n/i18n';
import { COUNTRY_CODES } from '@/lib/iso-codes';
import { CountryField } from './country-field';
import { TextField } from './form-fields';
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

describe('the date field', () => {
  function DateForm({ withTime = false, initial = '' }) {
    const [value, setValue] = useState(initial);
    return (
      <>
        <TextField id="d" label="Ngày" type={withTime ? 'datetime-local' : 'date'} value={value} onChange={(e) => setValue(e.target.value)} />
        <output>{value}</output>
      </>
    );
  }

  it('shows and takes dates as dd/mm/yyyy, giving the form yyyy-mm-dd', async () => {
    const { user } = renderIn(<DateForm initial="2026-03-01" />);
    const input = screen.getByRole('textbox', { name: 'Ngày' });
    expect(input).toHaveValue('01/03/2026');
    expect(input).toHaveAttribute('placeholder', 'dd/mm/yyyy');
    await user.clear(input);
    await user.type(input, '5/12/2026');
    expect(document.querySelector('output')!.textContent).toBe('2026-12-05');
    await user.tab();
    expect(input).toHaveValue('05/12/2026');
  });

  it('says when what was written is not a real day', async () => {
    const { user } = renderIn(<DateForm />);
    const input = screen.getByRole('textbox', { name: 'Ngày' });
    await user.type(input, '31/02/2026');
    await user.tab();
    expect(screen.getByText(/Chưa phải ngày hợp lệ/)).toBeInTheDocument();
  });

  it('takes a time too, as dd/mm/yyyy hh:mm', async () => {
    const { user } = renderIn(<DateForm withTime initial="2026-03-01T08:30" />);
    const input = screen.getByRole('textbox', { name: 'Ngày' });
    expect(input).toHaveValue('01/03/2026 08:30');
    await user.clear(input);
    await user.type(input, '04/12/2026 18:29');
    expect(document.querySelector('output')!.textContent).toBe('2026-12-04T18:29');
  });
});
