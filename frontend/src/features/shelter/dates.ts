/** Whether an expected check-out has passed: the person should have left by now. */
export function isOverdue(expectedCheckOutAt: string | null | undefined, now = new Date()): boolean {
  if (!expectedCheckOutAt) return false;
  const date = new Date(expectedCheckOutAt);
  return !Number.isNaN(date.getTime()) && date.getTime() < now.getTime();
}
