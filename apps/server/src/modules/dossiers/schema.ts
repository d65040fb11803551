// The dossiers' schemas are the contract's (@thidua/contracts/dossiers).
export * from '@thidua/contracts/dossiers';

export const DOSSIER_TAGS = ['Hồ sơ đề nghị khen thưởng'];
