/** bigint → decimal string, deeply (money travels as digit strings in JSON); Dates stay Dates for the serializer. */
export type Jsonify<T> = T extends bigint
  ? string
  : T extends Date
    ? Date
    : T extends Buffer
      ? never
      : T extends readonly (infer U)[]
        ? Jsonify<U>[]
        : T extends object
          ? { [K in keyof T]: Jsonify<T[K]> }
          : T;

export function jsonify<T>(value: T): Jsonify<T> {
  if (typeof value === 'bigint') return value.toString() as Jsonify<T>;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value as Jsonify<T>;
  if (Array.isArray(value)) return value.map(jsonify) as Jsonify<T>;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonify(v)])) as Jsonify<T>;
}
