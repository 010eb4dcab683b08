import { Alert, Textarea, TextInput } from '@mantine/core';
import { WriteNoteRequest } from '@nexus/contracts';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { isUnauthorized } from '../../../api/api-error.ts';
import { useWriteNote } from '../api/mutations.ts';
import { detailOf, fieldErrorsOf } from '../problem-detail.ts';
import { FormDialog } from './FormDialog.tsx';
import { writingStrings as s } from './writing.strings.ts';

type WriteNoteDialogProps = {
  patientId: string;
  onClose: () => void;
  onSaved: (message: string) => void;
};

const TITLE_MAX = WriteNoteRequest.shape.title.maxLength ?? 200;
const TEXT_MAX = WriteNoteRequest.shape.text.maxLength ?? 50_000;

/** A clinical note: a title and the text, with a plain word that it is encrypted and the patient sees it. */
export function WriteNoteDialog({ patientId, onClose, onSaved }: WriteNoteDialogProps) {
  const write = useWriteNote(patientId);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  const submit = () => {
    const next: Record<string, string> = {};
    if (title.trim() === '') next.title = s.noteTitleRequired;
    else if (title.trim().length > TITLE_MAX) next.title = s.tooLong(TITLE_MAX);
    if (text.trim() === '') next.text = s.noteTextRequired;
    else if (text.trim().length > TEXT_MAX) next.text = s.tooLong(TEXT_MAX);
    setErrors(next);
    setFailure(null);
    if (Object.keys(next).length > 0) return;
    write.mutate(
      { title: title.trim(), text: text.trim() },
      {
        onSuccess: (document) => onSaved(s.noteSaved(document.title)),
        onError: (error) => {
          if (isUnauthorized(error)) return;
          setErrors(fieldErrorsOf(error));
          setFailure(detailOf(error));
        },
      },
    );
  };

  return (
    <FormDialog
      title={s.noteTitle}
      isPending={write.isPending}
      failure={failure}
      onSubmit={submit}
      onClose={onClose}
    >
      {/* A standing notice, not an announcement: read in order with the form. */}
      <Alert variant="light" icon={<IconLock aria-hidden />} role="note">
        {s.noteVisibility}
      </Alert>
      <TextInput
        label={s.noteTitleLabel}
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={errors.title}
        required
        maxLength={TITLE_MAX}
        data-autofocus
      />
      <Textarea
        label={s.noteTextLabel}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        error={errors.text}
        required
        rows={10}
        maxLength={TEXT_MAX}
      />
    </FormDialog>
  );
}
