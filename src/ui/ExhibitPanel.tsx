/**
 * The exhibit panel lives in src/ui/exhibit/; this module keeps the old import path
 * working for the app shell and the exhibit list.
 */
export { ExhibitPanel, type ExhibitPanelProps } from './exhibit/ExhibitPanel.tsx';
export { Localized } from './exhibit/Localized.tsx';
