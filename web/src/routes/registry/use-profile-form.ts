import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../i18n/errors';
import { formPath, validateProfile, withoutBlankRows, type ProfileFormValues } from './profile-form-model';
import { serverIssues } from './server-issues';

type V = ProfileFormValues;
type ListKey = 'machines' | 'certifications' | 'products' | 'contacts';

/** The input id of a field path (for labels and for focusing the first problem). */
export const fieldId = (path: string) => `ikm-${path.replace(/\./g, '-')}`;

const LABELS: Record<string, string> = {
  'address.street': 'street', 'address.provinceCode': 'province', 'address.regencyCode': 'regency', 'address.postalCode': 'postalCode',
  'coordinates.lat': 'lat', 'coordinates.lng': 'lng', 'workforce.total': 'workforceTotal', 'workforce.women': 'workforceWomen',
  'workforce.withDisability': 'workforceDisability', 'monthlyCapacity.quantity': 'capacityQuantity', 'monthlyCapacity.unit': 'capacityUnit',
  kbliCodes: 'kbli',
};
const ROW_LABELS: Record<string, Record<string, string>> = {
  machines: { type: 'machineType', count: 'machineCount', capacity: 'machineCapacity' },
  certifications: { kind: 'certKind', number: 'certNumber', expiresOn: 'certExpires' },
  products: { name: 'productName', partNumber: 'partNumber' },
  contacts: { name: 'contactName', role: 'contactRole', phone: 'contactPhone', email: 'contactEmail' },
};

/** "contacts.0.phone" → "Kontak 1 · Telepon". */
export function pathLabel(path: string, t: (k: string, o?: Record<string, unknown>) => string): string {
  const row = /^(machines|certifications|products|contacts)\.(\d+)\.(\w+)$/.exec(path);
  if (row) {
    const [, list, i, field] = row as unknown as [string, string, string, string];
    return `${t(`registry.form.rowOf.${list}`, { n: Number(i) + 1 })} · ${t(`registry.fields.${ROW_LABELS[list]?.[field] ?? field}`)}`;
  }
  return t(`registry.fields.${LABELS[path] ?? path}`, { defaultValue: path });
}

/** State of the IKM profile form: values, errors by field path, client and server validation. */
export function useProfileForm(initial: V) {
  const { t } = useTranslation();
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const clear = useCallback((prefix: string) => {
    setErrors((e) => {
      const keys = Object.keys(e).filter((k) => k === prefix || k.startsWith(`${prefix}.`));
      if (!keys.length) return e;
      const next = { ...e };
      for (const k of keys) delete next[k];
      return next;
    });
  }, []);

  /** Sets a top-level value and clears the errors of `paths` (default: the value's own name). */
  const set = useCallback(<K extends keyof V>(name: K, value: V[K], ...paths: string[]) => {
    setValues((v) => ({ ...v, [name]: value }));
    for (const p of paths.length ? paths : [name as string]) clear(p);
  }, [clear]);

  const setRow = <L extends ListKey>(list: L, index: number, patch: Partial<V[L][number]>) => {
    setValues((v) => ({ ...v, [list]: (v[list] as V[L][number][]).map((r, i) => (i === index ? { ...r, ...patch } : r)) }));
    for (const k of Object.keys(patch)) clear(`${list}.${index}.${k}`);
  };
  const addRow = <L extends ListKey>(list: L, row: V[L][number]) => setValues((v) => ({ ...v, [list]: [...(v[list] as V[L][number][]), row] }));
  const removeRow = (list: ListKey, index: number) => {
    setValues((v) => ({ ...v, [list]: (v[list] as unknown[]).filter((_, i) => i !== index) }));
    // row errors shift with the rows: drop them for this list
    clear(list);
  };

  const focusFirst = (paths: string[]) => {
    requestAnimationFrame(() => {
      for (const p of paths) {
        const el = document.getElementById(fieldId(p));
        if (el) {
          el.focus();
          el.scrollIntoView({ block: 'center' });
          return;
        }
      }
    });
  };

  /** Drops blank rows, validates; the cleaned values when they may be sent, else null (errors shown). */
  const check = (currentYear: number): V | null => {
    const clean = withoutBlankRows(values);
    setValues(clean);
    const found = validateProfile(clean, currentYear);
    const translated = Object.fromEntries(Object.entries(found).map(([path, p]) => [path, t(`registry.validation.${p.key}`, p.params)]));
    setErrors(translated);
    setFormError(null);
    if (Object.keys(translated).length) {
      focusFirst(Object.keys(translated));
      return null;
    }
    return clean;
  };

  /** Server errors on their fields: every issue of a validation error, or the one field named. */
  const showServerError = (e: unknown) => {
    const found = serverIssues(e, formPath);
    if (Object.keys(found).length) {
      // the message of a coded error (e.g. registry.nib_taken) may have a translation
      if (isApiError(e) && e.code !== 'validation.invalid' && e.field) found[formPath(e.field)] = errorMessage(t, e);
      setErrors(found);
      setFormError(t('registry.form.serverRejected'));
      focusFirst(Object.keys(found));
    } else setFormError(errorMessage(t, e));
  };

  return { values, setValues, set, setRow, addRow, removeRow, errors, err: (path: string) => errors[path], formError, check, showServerError };
}

export type ProfileForm = ReturnType<typeof useProfileForm>;
