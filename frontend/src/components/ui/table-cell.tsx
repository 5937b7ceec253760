import type { ReactNode } from 'react';

/**
 * A table cell that carries its column's name for the phone layout, where each row becomes a
 * card. The name is hidden from assistive technology, which reads the real column header. A cell
 * of `phone="hidden"` is left out of a list's row on a phone (`table--rows`), which keeps to two
 * or three lines; the record's own page has it.
 */
export function Td({ label, children, phone }: { label: string; children: ReactNode; phone?: 'hidden' }) {
  return (
    <td role="cell" className={phone === 'hidden' ? 'table__cell--desktop' : undefined}>
      <span className="table__label" aria-hidden="true">
        {label}
      </span>
      {children}
    </td>
  );
}
