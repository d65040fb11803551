// The signing certificate's schemas are the contract's (@thidua/contracts/letterhead).
export {
  signingCertificateBody,
  signingCertificateDeleteQuery,
  signingCertificateView,
  type SigningCertificateView,
} from '@thidua/contracts/letterhead';
