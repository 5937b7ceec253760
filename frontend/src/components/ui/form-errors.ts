import type { SummaryItem } from '@/components/ui/error-summary';
import { assignFieldErrors, isApiProblem, type FieldError } from '@/lib/api/problem';

/** The id of a form field's input, from its JSON path: `contacts[0].name` -> `organization-contacts-0-name`. */
export function fieldId(form: string, path: string): string {
  return `${form}-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
}

/**
 * Client-side and server (422 `errors[]`) field errors, sorted onto the form's fields and listed
 * for the summary at the top of the form.
 */
export function formErrors(
  form: string,
  clientErrors: FieldError[],
  serverError: unknown,
  fields: string[],
  labelOf: (field: string) => string,
): { byField: Record<string, string[]>; summary: SummaryItem[] } {
  const serverErrors = isApiProblem(serverError) ? serverError.errors : [];
  const { byField, other } = assignFieldErrors([...clientErrors, ...serverErrors], fields);
  const summary: SummaryItem[] = [
    ...fields.flatMap((field) =>
      (byField[field] ?? []).map((message) => ({ fieldId: fieldId(form, field), label: labelOf(field), message })),
    ),
    ...other.map((error) => ({ label: error.field, message: error.message })),
  ];
  return { byField, summary };
}

/**
 * Client-side checks of a form before it is sent: `need(field, ok, message)` records an error
 * on the field when `ok` is false; `errors` is what was recorded.
 */
export function fieldChecks<Field extends string>(requiredMessage: string) {
  const errors: FieldError[] = [];
  const need = (field: Field, ok: boolean, message = requiredMessage) => {
    if (!ok) errors.push({ field, message });
  };
  return { errors, need };
}
