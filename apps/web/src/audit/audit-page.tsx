import { PendingScreen } from '../app/pending-screen';

function Screen() {
  return <PendingScreen feature="audit" />;
}

export { Screen as Component };
