/** The national data set's standing office account and its password (the demo's). */
export const NATIONAL_OFFICE = 'qg-cqtt';
export const NATIONAL_PASSWORD = 'thidua-demo-2025';
