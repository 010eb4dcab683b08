import { TextInput } from '@mantine/core';
import { writingStrings as s } from './writing.strings.ts';

type TakenAtInputProps = {
  label?: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
};

/** When a measurement was taken: a local date and time, which the form sends as an instant. */
export function TakenAtInput({ label = s.takenAtLabel, value, error, onChange }: TakenAtInputProps) {
  return (
    <TextInput
      type="datetime-local"
      label={label}
      description={s.takenAtHint}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      required
      maw={280}
    />
  );
}
