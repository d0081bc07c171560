export interface StarButtonProps {
  starred: boolean;
  disabled?: boolean;
  onToggle: () => void;
}

/** A toggle button: its pressed state, not its label, says whether the tip is starred. */
export function StarButton({ starred, disabled, onToggle }: StarButtonProps) {
  return (
    <button
      type="button"
      class={`lw-button pp-star${starred ? ' pp-star-on' : ''}`}
      aria-pressed={starred}
      disabled={disabled}
      aria-label="Star"
      title={starred ? 'Starred: press to remove it from your starred tips' : 'Star this tip to find it again under Starred'}
      data-action="star"
      onClick={onToggle}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8L3.5 9.7l5.9-.9Z"
          fill={starred ? 'currentColor' : 'none'}
          stroke="currentColor"
          stroke-width="1.6"
          stroke-linejoin="round"
        />
      </svg>
    </button>
  );
}
