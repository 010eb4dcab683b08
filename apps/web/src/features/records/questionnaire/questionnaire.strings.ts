/** User-visible texts of the symptoms-and-history questionnaire and its answers. */
export const questionnaireStrings = {
  loading: 'Loading the questionnaire…',
  loadFailed: 'The questionnaire could not be loaded',
  yes: 'Yes',
  no: 'No',
  choose: 'Choose…',
  withUnit: (text: string, unit: string) => `${text} (${unit})`,
  rangeHint: (min: number | null, max: number | null) =>
    min !== null && max !== null
      ? `From ${min} to ${max}`
      : min !== null
        ? `${min} or more`
        : max !== null
          ? `${max} or less`
          : undefined,
  errors: {
    required: 'Answer this question',
    requiredYesNo: 'Answer yes or no',
    requiredChoice: 'Choose an answer',
    requiredMulti: 'Choose at least one answer',
    integer: 'Enter a whole number, like 3',
    number: 'Enter a number, like 72.5',
    range: (min: number | null, max: number | null) =>
      min !== null && max !== null
        ? `Enter a number from ${min} to ${max}`
        : min !== null
          ? `Enter ${min} or more`
          : `Enter ${max} or less`,
    date: 'Enter a date, like 2024-03-15',
    tooLong: (max: number) => `Keep this under ${max} characters`,
  },
  errorSummaryTitle: 'Some answers need your attention',
  errorSummary: (count: number) =>
    count === 1
      ? '1 answer needs attention. It is marked below.'
      : `${count} answers need attention. They are marked below.`,
  submit: 'Send my answers',
  submitFailed: 'Your answers could not be sent',
  sentTitle: 'Your answers have been sent',
  sentDetail: 'Thank you. Your care team can now see your answers in your record.',
  answerAgain: 'Fill it in again',
  previousHeading: 'What you sent before',

  responsesHeading: 'Patient-reported',
  responsesLoading: 'Loading questionnaire answers…',
  responsesLoadFailed: 'The questionnaire answers could not be loaded',
  responsesEmpty: 'No questionnaires answered yet.',
  responsesLabel: 'Questionnaires answered, newest first',
  responseTitle: (title: string, when: string) => `${title}, ${when}`,
  answeredBy: (who: string) => `Answered by ${who}`,
  showAnswers: 'Show answers',
  hideAnswers: 'Hide answers',
};
