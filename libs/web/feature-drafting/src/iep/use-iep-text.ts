import { useTranslation } from 'react-i18next';
import { PART_FIELDS } from './part-fields';
import { partKind, type IepPartView, type PartKindName } from './types';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * Names and plain-language explanations of parts, fields and choices. Their keys are built from the
 * content shapes, so they are looked up as plain strings; every one exists in en.json and es.json.
 */
export function useIepText() {
  const { t: typed, i18n } = useTranslation();
  const t = typed as unknown as Translate;

  const partTitle = (kind: PartKindName) => t(`iep.part.${kind}.title`);
  const partHelp = (kind: PartKindName) => t(`iep.part.${kind}.help`);
  const fieldLabel = (kind: PartKindName, name: string) => t(`iep.field.${kind}.${name}.label`);
  const fieldHelp = (kind: PartKindName, name: string) => t(`iep.field.${kind}.${name}.help`);
  const optionLabel = (field: string, value: string) => t(`iep.option.${field}.${value}`);

  /** "objectives.1.text" → "Short-term objectives – 2"; a whole field → its label. */
  const pathLabel = (kind: PartKindName, path: string) => {
    const [name = '', index] = path.split('.');
    const known = PART_FIELDS[partKind(kind)].some((field) => field.name === name);
    if (!known) return path;
    const label = fieldLabel(kind, name);
    return index !== undefined && /^\d+$/.test(index) ? t('iep.editor.itemOf', { label, number: Number(index) + 1 }) : label;
  };

  /** A part as people name it: "Annual goal 2: Reading fluency". */
  const partName = (part: Pick<IepPartView, 'kind' | 'content'>, number?: number) => {
    const title = partTitle(part.kind);
    const base = number !== undefined ? t('iep.editor.numbered', { title, number }) : title;
    const detail = part.kind === 'GOAL' ? part.content['area'] : part.kind === 'SERVICE' ? part.content['description'] : undefined;
    const short = typeof detail === 'string' ? detail.trim().split('\n')[0]?.slice(0, 60) : '';
    return short ? `${base}: ${short}` : base;
  };

  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  return { t, partTitle, partHelp, fieldLabel, fieldHelp, optionLabel, pathLabel, partName, date };
}
