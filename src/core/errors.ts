/**
 * One error type for the whole app. Codes are stable dotted strings; the UI translates them.
 */
export type ErrorParams = Record<string, string | number | boolean | null | undefined | string[]>;

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly params: ErrorParams;

  constructor(code: string, status: number, message: string, params: ErrorParams = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = status;
    this.params = params;
  }
}

export const badRequest = (code: string, message: string, params: ErrorParams = {}) =>
  new AppError(code, 400, message, params);
export const unauthenticated = (message = 'Silakan masuk terlebih dahulu.') =>
  new AppError('auth.unauthenticated', 401, message);
export const forbidden = (code = 'auth.forbidden', message = 'Anda tidak berhak melakukan tindakan ini.', params: ErrorParams = {}) =>
  new AppError(code, 403, message, params);
export const notFound = (code: string, message: string, params: ErrorParams = {}) =>
  new AppError(code, 404, message, params);
export const conflict = (code: string, message: string, params: ErrorParams = {}) =>
  new AppError(code, 409, message, params);
export const unprocessable = (code: string, message: string, params: ErrorParams = {}) =>
  new AppError(code, 422, message, params);
export const tooManyRequests = (code: string, message: string, params: ErrorParams = {}) =>
  new AppError(code, 429, message, params);

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
