export * from './verification-code';
export * from './initials';
export * from './result-template';
export * from './digitisation';
export * from './issued-forms';
export * from './result-document';
