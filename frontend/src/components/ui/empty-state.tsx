import type { ReactNode } from 'react';

export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state" role="status">
      <p>{children}</p>
      {action}
    </div>
  );
}
