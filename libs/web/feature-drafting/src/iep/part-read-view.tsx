import { Text } from '@mantine/core';
import { Fragment } from 'react';
import { FieldValue } from './field-value';
import classes from './iep.module.css';
import { PART_FIELDS, type PartContent } from './part-fields';
import { partKind, type PartKindName } from './types';
import { useIepText } from './use-iep-text';

type Props = { kind: PartKindName; content: PartContent; goalNames: ReadonlyMap<string, string> };

/** Every field of a part with what it means, for anyone reading the IEP. */
export function PartReadView({ kind, content, goalNames }: Props) {
  const { fieldLabel, fieldHelp } = useIepText();
  return (
    <dl className={classes.facts}>
      {PART_FIELDS[partKind(kind)].map((field) => (
        <Fragment key={field.name}>
          <dt>
            {fieldLabel(kind, field.name)}
            <Text component="span" display="block" size="sm" c="dimmed" fw={400}>
              {fieldHelp(kind, field.name)}
            </Text>
          </dt>
          <dd>
            <FieldValue field={field} content={content} goalNames={goalNames} />
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
