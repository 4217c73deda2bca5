import { Route, Routes } from 'react-router';
import { PayPage } from '../../features/payments/PayPage';
import { PayResultPage } from '../../features/payments/PayResultPage';

/** /thanh-toan/ket-qua (back from the provider) and /thanh-toan/:obligationId (pay). */
export function PaymentRoutes() {
  return (
    <Routes>
      <Route path="ket-qua" element={<PayResultPage />} />
      <Route path=":obligationId" element={<PayPage />} />
    </Routes>
  );
}
