import { Checkbox, Group, NativeSelect, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import type { Question } from '@nexus/contracts';
import { questionnaireStrings as s } from './questionnaire.strings.ts';
import type { DraftValue } from './questionnaire-form.ts';

type QuestionFieldProps = {
  question: Question;
  value: DraftValue | undefined;
  error: string | undefined;
  onChange: (value: DraftValue) => void;
};

/** Radio buttons read well up to this many options; longer lists become a drop-down. */
const MAX_RADIO_OPTIONS = 7;

/** The id of a question's input (or group), for moving focus to the first answer that needs fixing. */
export const fieldId = (linkId: string) => `question-${linkId.replace(/[^A-Za-z0-9_-]/g, '-')}`;

const labelOf = (question: Question) =>
  question.unit ? s.withUnit(question.text, question.unit) : question.text;

/** One question, with the input its type calls for, its error and whether it must be answered. */
export function QuestionField({ question, value, error, onChange }: QuestionFieldProps) {
  const id = fieldId(question.linkId);
  const text = typeof value === 'string' ? value : '';
  const label = labelOf(question);
  switch (question.type) {
    case 'boolean':
      return (
        <Radio.Group
          id={id}
          label={label}
          value={text}
          onChange={onChange}
          error={error}
          withAsterisk={question.required}
        >
          <Group gap="lg" mt="xs">
            <Radio value="yes" label={s.yes} />
            <Radio value="no" label={s.no} />
          </Group>
        </Radio.Group>
      );
    case 'choice':
      if (question.options.length > MAX_RADIO_OPTIONS) {
        return (
          <NativeSelect
            id={id}
            label={label}
            value={text}
            onChange={(event) => onChange(event.currentTarget.value)}
            error={error}
            required={question.required}
            data={[
              { value: '', label: s.choose },
              ...question.options.map((o) => ({ value: o.code, label: o.display })),
            ]}
            maw={420}
          />
        );
      }
      return (
        <Radio.Group
          id={id}
          label={label}
          value={text}
          onChange={onChange}
          error={error}
          withAsterisk={question.required}
        >
          <Stack gap="xs" mt="xs">
            {question.options.map((option) => (
              <Radio key={option.code} value={option.code} label={option.display} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'multi-choice':
      return (
        <Checkbox.Group
          id={id}
          label={label}
          value={Array.isArray(value) ? [...value] : []}
          onChange={onChange}
          error={error}
          withAsterisk={question.required}
        >
          <Stack gap="xs" mt="xs">
            {question.options.map((option) => (
              <Checkbox key={option.code} value={option.code} label={option.display} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'integer':
    case 'decimal':
      return (
        <TextInput
          id={id}
          label={label}
          description={s.rangeHint(question.min, question.max)}
          value={text}
          onChange={(event) => onChange(event.currentTarget.value)}
          error={error}
          required={question.required}
          inputMode={question.type === 'integer' ? 'numeric' : 'decimal'}
          autoComplete="off"
          maw={240}
        />
      );
    case 'date':
      return (
        <TextInput
          id={id}
          type="date"
          label={label}
          value={text}
          onChange={(event) => onChange(event.currentTarget.value)}
          error={error}
          required={question.required}
          maw={240}
        />
      );
    case 'string':
      return (
        <TextInput
          id={id}
          label={label}
          value={text}
          onChange={(event) => onChange(event.currentTarget.value)}
          error={error}
          required={question.required}
          maxLength={5000}
        />
      );
    case 'text':
      return (
        <Textarea
          id={id}
          label={label}
          value={text}
          onChange={(event) => onChange(event.currentTarget.value)}
          error={error}
          required={question.required}
          rows={4}
          maxLength={5000}
        />
      );
  }
}
