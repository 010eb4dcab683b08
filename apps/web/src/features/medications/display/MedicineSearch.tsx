import { type ComboboxItem, type ComboboxItemGroup, Select, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { CatalogueDrug, CatalogueProduct } from '@nexus/contracts';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { MIN_SEARCH_LENGTH, useMedicineSearch } from '../api/queries.ts';
import { medicationStrings as s } from '../medications.strings.ts';

/** A product chosen from the catalogue, with the name of its medicine. */
export type ChosenProduct = CatalogueProduct & { drugName: string };

type MedicineSearchProps = {
  label: string;
  description: string;
  chosen: ChosenProduct | null;
  onChoose: (product: ChosenProduct | null) => void;
  error?: string;
};

const groupLabel = (drug: CatalogueDrug) =>
  drug.brandNames.length > 0
    ? s.drugWithBrands(drug.name, drug.brandNames.slice(0, 3).join(', '))
    : drug.name;

/** The catalogue's answer as the combobox's groups (a medicine, its products), each product once. */
function optionsOf(drugs: readonly CatalogueDrug[], chosen: ChosenProduct | null) {
  const products = new Map<string, ChosenProduct>();
  const groups: ComboboxItemGroup<ComboboxItem, string>[] = [];
  for (const drug of drugs) {
    const items = drug.products
      .filter((product) => !products.has(product.id))
      .map((product) => {
        products.set(product.id, { ...product, drugName: drug.name });
        return { value: product.id, label: product.name };
      });
    if (items.length > 0) groups.push({ group: groupLabel(drug), items });
  }
  // The chosen product stays an option when a later search no longer finds it.
  if (chosen && !products.has(chosen.id)) {
    products.set(chosen.id, chosen);
    groups.unshift({ group: chosen.drugName, items: [{ value: chosen.id, label: chosen.name }] });
  }
  return { products, groups };
}

/**
 * Finds a medicine in the catalogue as the user types (generic or brand name) and chooses one of its
 * products: an ARIA combobox whose options are grouped by medicine. The server ranks the matches, so
 * the options are shown as it sends them.
 */
export function MedicineSearch({ label, description, chosen, onChoose, error }: MedicineSearchProps) {
  const [text, setText] = useState(chosen?.name ?? '');
  const [typed] = useDebouncedValue(text.trim(), 250);
  // Showing the chosen product's name is not a new search.
  const query = chosen && typed === chosen.name ? '' : typed;
  const search = useMedicineSearch(query);
  const { products, groups } = optionsOf(search.data ?? [], chosen);
  const isSearching = query.length >= MIN_SEARCH_LENGTH && search.isFetching;
  const found = query.length >= MIN_SEARCH_LENGTH && search.isSuccess ? products.size : null;
  const nothingFound =
    query.length < MIN_SEARCH_LENGTH
      ? s.searchHint
      : isSearching
        ? s.searching
        : search.isError
          ? s.searchFailed
          : s.noMedicines;
  return (
    <div>
      <Select
        searchable
        label={label}
        description={description}
        placeholder={s.searchPlaceholder}
        leftSection={<IconSearch size={16} aria-hidden />}
        data={groups}
        value={chosen?.id ?? null}
        onChange={(value) => onChoose(value ? (products.get(value) ?? null) : null)}
        searchValue={text}
        onSearchChange={setText}
        filter={({ options }) => options}
        nothingFoundMessage={nothingFound}
        allowDeselect={false}
        error={error}
        required
        maxDropdownHeight={320}
        comboboxProps={{ withinPortal: true }}
      />
      <VisuallyHidden aria-live="polite">
        {isSearching ? s.searching : found !== null && !chosen ? s.medicinesFound(found) : ''}
      </VisuallyHidden>
    </div>
  );
}
