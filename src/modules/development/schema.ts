import { bytea } from '../../db/column-types';
import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ChecklistItem } from './domain/stages';


/** A part brought from RFQ to mass production by one IKM for one buyer (from a need and/or an MoU). */
export const developmentProjects = pgTable(
  'development_projects',
  {
    id: uuid('id').primaryKey(),
    reference: text('reference').notNull(),
    buyerOrgId: uuid('buyer_org_id').notNull(),
    ikmOrgId: uuid('ikm_org_id').notNull(),
    partName: text('part_name').notNull(),
    partNumber: text('part_number'),
    description: text('description'),
    material: text('material'),
    needId: uuid('need_id'),
    mouId: uuid('mou_id'),
    stage: text('stage').notNull(),
    status: text('status').notNull(),
    ppapElements: text('ppap_elements').array().notNull(),
    cancelReason: text('cancel_reason'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('development_projects_reference_uq').on(t.reference),
    index('development_projects_buyer_idx').on(t.buyerOrgId, t.stage),
    index('development_projects_ikm_idx').on(t.ikmOrgId, t.stage),
    index('development_projects_stage_idx').on(t.stage),
    check('development_projects_stage_check', sql`${t.stage} in ('rfq','quotation','sample','trial_production','approval','mass_production')`),
    check('development_projects_status_check', sql`${t.status} in ('active','completed','cancelled')`),
  ],
);

/** One gate per project and stage: checklist, owner, due date, the buyer's approver, the last decision. */
export const developmentGates = pgTable(
  'development_gates',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id').notNull().references(() => developmentProjects.id, { onDelete: 'cascade' }),
    stage: text('stage').notNull(),
    status: text('status').notNull(),
    checklist: jsonb('checklist').$type<ChecklistItem[]>().notNull(),
    ownerName: text('owner_name'),
    ownerUserId: uuid('owner_user_id'),
    dueDate: date('due_date', { mode: 'string' }),
    approverUserId: uuid('approver_user_id'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    rejections: integer('rejections').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('development_gates_project_stage_uq').on(t.projectId, t.stage),
    check('development_gates_status_check', sql`${t.status} in ('open','submitted','approved','rejected')`),
  ],
);

export const developmentFiles = pgTable(
  'development_files',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id').notNull().references(() => developmentProjects.id, { onDelete: 'cascade' }),
    stage: text('stage').notNull(),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedOrgId: uuid('uploaded_org_id').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('development_files_project_idx').on(t.projectId, t.stage)],
);

/** The project's history: every submission, decision, stage move, checklist and file change. */
export const developmentEvents = pgTable(
  'development_events',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id').notNull().references(() => developmentProjects.id, { onDelete: 'cascade' }),
    stage: text('stage').notNull(),
    action: text('action').notNull(),
    toStage: text('to_stage'),
    note: text('note'),
    actorUserId: uuid('actor_user_id'),
    actorOrgId: uuid('actor_org_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('development_events_project_idx').on(t.projectId, t.at)],
);

/** DEV-YYYY-NNNN numbering per year. */
export const developmentSequences = pgTable('development_sequences', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});
