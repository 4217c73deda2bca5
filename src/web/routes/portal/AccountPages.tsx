import { Route, Routes } from 'react-router';
import { AccountPage } from '../../features/account/AccountPage';
import { ActivatePage } from '../../features/account/ActivatePage';
import { CitizenLoginPage } from '../../features/account/CitizenLoginPage';
import { RecoverPage } from '../../features/account/RecoverPage';
import { SignUpPage } from '../../features/account/SignUpPage';

/** /tai-khoan/* — citizen accounts: login, sign-up, activation of a counter-made account, recovery, profile. */
export function AccountRoutes() {
  return (
    <Routes>
      <Route index element={<AccountPage />} />
      <Route path="dang-nhap" element={<CitizenLoginPage />} />
      <Route path="dang-ky" element={<SignUpPage />} />
      <Route path="kich-hoat" element={<ActivatePage />} />
      <Route path="quen-mat-khau" element={<RecoverPage />} />
    </Routes>
  );
}
