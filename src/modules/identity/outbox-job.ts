import nodemailer from 'nodemailer';
import type { Deps } from '../../deps';
import type { JobDefinition } from '../../jobs/queue';
import { listUnsentOutbox, markOutboxFailed, markOutboxSent } from './store';

/** Sends queued e-mails by SMTP. Without SMTP_URL the outbox table and the log are the delivery (development). */
export function createOutboxJob(deps: Deps): JobDefinition | null {
  if (!deps.config.smtpUrl) return null;
  const transport = nodemailer.createTransport(deps.config.smtpUrl);
  return {
    name: 'outbox.send',
    cron: '* * * * *',
    everyMs: 60_000,
    async handler() {
      const batch = await listUnsentOutbox(deps.db, 50);
      for (const m of batch) {
        try {
          await transport.sendMail({ from: deps.config.mailFrom, to: m.recipient, subject: m.subject, text: m.body });
          await markOutboxSent(deps.db, m.id, deps.clock.now());
        } catch (e) {
          await markOutboxFailed(deps.db, m.id, (e as Error).message);
          throw e;
        }
      }
    },
  };
}
