export { buildApp, type AppDeps } from './app';
export { loadConfig, type ServerConfig } from './config';
