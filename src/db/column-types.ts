import { customType } from 'drizzle-orm/pg-core';

/** Binary file contents; always a Buffer in code (node-postgres returns Buffer, PGlite a Uint8Array). */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});
