import { useCallback, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { errorMessage } from '../i18n/errors';

/** Messages by field (client validation returns i18n keys; the form stores translated text). */
type Errors<T> = Partial<Record<keyof T & string, string>>;

export interface FormOptions<T> {
  /** Returns i18n keys of the problems, by field; empty when the values are fine. */
  validate?: (values: T) => Errors<T>;
  /** Server field names that belong to another form field (e.g. `password` → `newPassword`). */
  fieldAliases?: Record<string, keyof T & string>;
}

/**
 * Form state with client validation and server errors shown next to the field the server names
 * (`params.field`), or above the form otherwise.
 */
export function useForm<T extends Record<string, unknown>>(initial: T, opts: FormOptions<T> = {}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<Errors<T>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const setValue = useCallback(<K extends keyof T & string>(name: K, value: T[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => (e[name] ? { ...e, [name]: undefined } : e));
  }, []);

  /** Props for a Mantine text input. */
  const text = (name: keyof T & string) => ({
    name,
    value: String(values[name] ?? ''),
    onChange: (ev: ChangeEvent<HTMLInputElement>) => setValue(name, ev.currentTarget.value as T[typeof name]),
    error: errors[name],
  });

  /** Runs client validation; true when the values may be sent. */
  const check = (): boolean => {
    const found = opts.validate?.(values) ?? {};
    const clean = Object.fromEntries(Object.entries(found).filter(([, v]) => v).map(([k, v]) => [k, t(v as string)])) as Errors<T>;
    setErrors(clean);
    setFormError(null);
    return Object.keys(clean).length === 0;
  };

  /** Shows a server error next to its field when the server names one this form has. */
  const showError = (e: unknown) => {
    const field = isApiError(e) ? e.field : null;
    const target = field ? (opts.fieldAliases?.[field] ?? field) : null;
    const message = errorMessage(t, e);
    if (target && target in values) {
      setErrors((prev) => ({ ...prev, [target]: message }));
      setFormError(null);
    } else {
      setFormError(message);
    }
  };

  const reset = (next: T = initial) => {
    setValues(next);
    setErrors({});
    setFormError(null);
  };

  return { values, setValue, text, errors, errorOf: (name: keyof T & string) => errors[name], formError, check, showError, reset };
}

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
