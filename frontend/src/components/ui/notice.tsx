import type { ReactNode } from 'react';

/** A success message that screen readers announce without moving focus. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p className="alert alert--success" role="status">
      {children}
    </p>
  );
}
