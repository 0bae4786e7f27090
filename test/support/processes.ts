export { freePort, run, WORKSPACE_ROOT, type Spawned } from '@kakehashi/testing';
