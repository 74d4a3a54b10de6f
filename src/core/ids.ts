import { v7 as uuidv7 } from 'uuid';

/** Internal ids are UUID v7 (time-ordered). */
export function newId(): string {
  return uuidv7();
}

/** Human references: PREFIX-YEAR-000123 (`PO-2026-000123`, `MOU-2026-0007`). */
export function formatReference(prefix: string, year: number, sequence: number, width: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(width, '0')}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
