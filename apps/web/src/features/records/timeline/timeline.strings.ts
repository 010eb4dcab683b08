/** User-visible texts of the record's timeline. */
export const timelineStrings = {
  filterLabel: 'Show',
  filters: {
    all: 'Everything',
    encounters: 'Visits',
    results: 'Results and reports',
    conditions: 'Diagnoses',
    medications: 'Medicines',
    immunizations: 'Immunizations',
    procedures: 'Procedures',
    documents: 'Documents',
    questionnaires: 'Questionnaires',
  },
  listLabel: 'Events in the record, newest first',
  encountersLabel: 'Visits, newest first',
  loading: 'Loading the timeline…',
  loadFailed: 'The timeline could not be loaded',
  empty: 'Nothing of this kind in the record yet.',
  encountersEmpty: 'No visits recorded.',
  showOlder: 'Show older',
  loadingOlder: 'Loading older events…',
};
