import type { Field, FieldAffectingData, StaticDescription, StaticLabel } from 'payload'

/** The same field in other words: a label and, when given, a description (e.g. `{ en, zh }`). */
export function relabel<T extends Field | FieldAffectingData>(
  field: T,
  label: StaticLabel,
  description?: StaticDescription,
): T {
  return description === undefined ? { ...field, label } : { ...field, label, admin: { ...field.admin, description } }
}
