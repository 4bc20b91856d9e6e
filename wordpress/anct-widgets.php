<?php
/**
 * Plugin Name:       anct-widgets
 * Plugin URI:        https://www.npmjs.com/package/anct-widgets
 * Description:       La fiche territoriale de l’ANCT (programmes, fibre, accompagnements, saisine) dans vos pages : un bloc, des codes courts, et les balises anct-* permises à tous les rôles.
 * Version:           0.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            anct-widgets
 * License:           MIT
 * Text Domain:       anct-widgets
 * Domain Path:       /languages
 *
 * The plugin's entry: the elements come from elements.json, which the build writes from the
 * package's custom-elements.json (tags and documented attributes), so a new element of the
 * package needs no PHP here. Each concern has its file in includes/.
 *
 * @package anct-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'ANCT_WIDGETS_VERSION', '0.0.0' );
define( 'ANCT_WIDGETS_FILE', __FILE__ );
define( 'ANCT_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once ANCT_WIDGETS_DIR . 'includes/elements.php';
require_once ANCT_WIDGETS_DIR . 'includes/script.php';
require_once ANCT_WIDGETS_DIR . 'includes/origin.php';
require_once ANCT_WIDGETS_DIR . 'includes/kses.php';
require_once ANCT_WIDGETS_DIR . 'includes/shortcodes.php';
require_once ANCT_WIDGETS_DIR . 'includes/block.php';

add_action(
	'init',
	function () {
		load_plugin_textdomain( 'anct-widgets', false, dirname( plugin_basename( ANCT_WIDGETS_FILE ) ) . '/languages' );
	}
);
