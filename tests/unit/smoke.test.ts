import { AREAS } from '../../utils/tips/areas';
test('ten areas', () => expect(AREAS).toHaveLength(10));
