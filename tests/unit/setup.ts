// Every unit test starts with an empty fake browser (storage, runtime), fresh stubs and an empty document.
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installPermissionFakes } from './fakes';
import { forgetManaged } from '../../shared/managed';

beforeEach(() => {
  fakeBrowser.reset();
  installPermissionFakes();
  forgetManaged();
});
afterEach(cleanup);
