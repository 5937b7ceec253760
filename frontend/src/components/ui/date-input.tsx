import { useEffect, useRef, useState, type ChangeEvent, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInputDate, parseInputDate } from '@/lib/dates';

type DateInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange'> & {
  id: string;
  withTime: boolean;
  /** `2026-03-01` (or `2026-03-01T08:30` with a time), as a native date input's value. */
  value: string;
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
};

/**
 * A date (and time) written as Vietnamese forms do, `dd/mm/yyyy hh:mm`, whatever the browser's
 * own language, with a calendar to pick from. The value it gives is a native input's
 * (`2026-03-01`, `2026-03-01T08:30`), so forms keep one format; what is typed but not yet a real
 * day is passed on as typed, for the form's checks to flag.
 */
export function DateInput({ id, withTime, value, onChange, min, max, disabled, ...input }: DateInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => formatInputDate(value, withTime) || value);
  const native = useRef<HTMLInputElement>(null);
  const [left, setLeft] = useState(false);

  // A value set from outside (a reset, a draft, the calendar) shows in the text.
  useEffect(() => {
    if (parseInputDate(text, withTime) !== value && text !== value) setText(formatInputDate(value, withTime) || value);
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps

  const emit = (next: string) => {
    onChange?.({ target: { value: next, id }, currentTarget: { value: next, id } } as unknown as ChangeEvent<HTMLInputElement>);
  };
  // Written but not a real day (31/02, a missing time): said once the person leaves the field.
  const unfinished = left && text.trim() !== '' && parseInputDate(text, withTime) === null;

  return (
    <span className={unfinished ? 'date-input date-input--unfinished' : 'date-input'}>
      <input
        {...input}
        id={id}
        name={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        disabled={disabled}
        placeholder={withTime ? t('dates.placeholderDateTime') : t('dates.placeholderDate')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          emit(parseInputDate(event.target.value, withTime) ?? event.target.value.trim());
        }}
        onBlur={(event) => {
          setLeft(true);
          const parsed = parseInputDate(text, withTime);
          if (parsed) setText(formatInputDate(parsed, withTime));
          input.onBlur?.(event);
        }}
      />
      <button
        type="button"
        className="button button--small date-input__calendar"
        disabled={disabled}
        aria-label={t('dates.calendar')}
        title={t('dates.calendar')}
        onClick={() => {
          const picker = native.current as (HTMLInputElement & { showPicker?: () => void }) | null;
          try {
            picker?.showPicker?.();
          } catch {
            picker?.focus();
          }
        }}
      >
        📅
      </button>
      {unfinished && (
        <span className="date-input__unfinished" role="status">
          {withTime ? t('dates.unfinishedDateTime') : t('dates.unfinishedDate')}
        </span>
      )}
      <input
        ref={native}
        className="date-input__native"
        type={withTime ? 'datetime-local' : 'date'}
        tabIndex={-1}
        aria-hidden="true"
        min={min}
        max={max}
        value={parseInputDate(text, withTime) ?? ''}
        onChange={(event) => {
          setText(formatInputDate(event.target.value, withTime));
          emit(event.target.value);
        }}
      />
    </span>
  );
}
