import type { ReactNode } from 'react';

/**
 * A table cell that carries its column's name for the phone layout, where each row becomes a
 * card. The name is hidden from assistive technology, which reads the real column header.
 */
export function Td({ label, children }: { label: string; children: ReactNode }) {
  return (
    <td role="cell">
      <span className="table__label" aria-hidden="true">
        {label}
      </span>
      {children}
    </td>
  );
}
