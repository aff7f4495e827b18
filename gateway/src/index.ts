export { startMarketplace, type Marketplace } from './marketplace';
export { startGateway } from './gateway';
export { seed } from './seed';
