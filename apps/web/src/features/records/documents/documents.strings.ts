/** User-visible texts of the record's documents. */
export const documentsStrings = {
  heading: 'Documents',
  listLabel: 'Documents, newest first',
  loading: 'Loading documents…',
  loadFailed: 'The documents could not be loaded',
  empty: 'No documents in the record yet.',
  read: 'Read',
  readLabel: (title: string) => `Read ${title}`,
  by: (author: string) => `By ${author}`,
  textLoading: 'Loading the document…',
  textLoadFailed: 'The document could not be opened',
  noText: 'This document has no text to show here.',
  close: 'Close',
  closeDialog: 'Close the dialog',
};
