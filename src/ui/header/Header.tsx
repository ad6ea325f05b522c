import { Logo } from './Logo';
import { PresetPicker } from './PresetPicker';
import './header.css';

export function Header() {
  return (
    <header className="app-header">
      <div className="brand">
        <Logo />
        <div className="brand-text">
          <h1 className="brand-name">Lambda Event Lab</h1>
          <p className="brand-tag">How AWS Lambda is invoked, one event at a time</p>
        </div>
      </div>
      <PresetPicker />
    </header>
  );
}
