import { Combobox, Textarea, useCombobox } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from './types';

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  people: readonly Person[];
  error?: string | null;
  minRows?: number;
};

/** "@Gra" just before the caret: the "@" starts a word, and the name may have one space ("@Grace Li"). */
const TYPED_MENTION = /(^|\s)@([^\s@]*(?: [^\s@]*)?)$/;

/** People whose name, or a word of it, starts with what was typed after "@". */
export function mentionMatches(people: readonly Person[], typed: string): Person[] {
  const wanted = typed.toLocaleLowerCase();
  return people.filter((person) => {
    const name = person.displayName.toLocaleLowerCase();
    return name.startsWith(wanted) || name.split(/\s+/).some((word) => word.startsWith(wanted));
  });
}

/** The people a comment mentions: each whose "@Name" is in the text, so deleting the name drops the mention. */
export function mentionedIds(body: string, people: readonly Person[]): string[] {
  return people.filter((person) => body.includes(`@${person.displayName}`)).map((person) => person.id);
}

/**
 * A comment box with @mentions completed as they are typed (the WAI-ARIA combobox pattern, through Mantine's
 * Combobox): "@Gra" offers Grace Lindqvist; arrows move through the names, Enter or a click replaces what was
 * typed with the whole name, and Escape closes the list and leaves the text alone.
 */
export function MentionTextarea({ label, value, onChange, people, error, minRows = 2 }: Props) {
  const { t } = useTranslation();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const ref = useRef<HTMLTextAreaElement>(null);
  const [typed, setTyped] = useState<{ text: string; start: number; end: number } | null>(null);
  const matches = typed ? mentionMatches(people, typed.text).slice(0, 8) : [];
  const open = matches.length > 0;

  useEffect(() => {
    if (open) {
      combobox.openDropdown();
      combobox.selectFirstOption();
    } else combobox.closeDropdown();
    // The store is stable; what opens it is what was typed.
  }, [open, typed?.text]);

  function changed(next: string, caret: number) {
    onChange(next);
    const match = TYPED_MENTION.exec(next.slice(0, caret));
    setTyped(match ? { text: match[2], start: caret - match[2].length - 1, end: caret } : null);
  }

  function pick(personId: string) {
    const person = people.find((candidate) => candidate.id === personId);
    if (!person || !typed) return;
    const inserted = `@${person.displayName} `;
    onChange(value.slice(0, typed.start) + inserted + value.slice(typed.end));
    const caret = typed.start + inserted.length;
    setTyped(null);
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(caret, caret);
    });
  }

  return (
    <Combobox store={combobox} onOptionSubmit={pick} position="bottom-start" withinPortal={false}>
      {/* Arrows move the caret in the text unless the list is open; only then do they move through the names. */}
      <Combobox.Target withKeyboardNavigation={open} withExpandedAttribute>
        <Textarea
          ref={ref}
          label={label}
          description={people.length > 0 ? t('iep.comments.mentionHelp') : undefined}
          autosize
          minRows={minRows}
          value={value}
          error={error}
          aria-autocomplete="list"
          onChange={(event) => changed(event.currentTarget.value, event.currentTarget.selectionStart)}
          onBlur={() => setTyped(null)}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!open}>
        <Combobox.Options aria-label={t('iep.comments.mentionOptions')}>
          {matches.map((person) => (
            <Combobox.Option value={person.id} key={person.id}>
              {person.displayName}
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
